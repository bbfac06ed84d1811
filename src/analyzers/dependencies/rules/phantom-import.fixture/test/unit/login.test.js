// ruleid: dependencies/phantom-import
import { mockSession } from 'express-session-mock-helper';
// ok: dependencies/phantom-import
import express from 'express';

export default { mockSession, express };
