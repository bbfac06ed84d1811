// A formatter's test case: input data that no test runner executes.
// ok: dependencies/phantom-import
import { observable } from 'mobx-invented-for-the-case';

export default observable;
