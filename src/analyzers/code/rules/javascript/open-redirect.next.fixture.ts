import { NextResponse } from 'next/server';
import { redirect } from 'next/navigation';

export async function POST(request: Request) {
  const body = await request.json();
// ruleid: code/javascript/open-redirect
  return NextResponse.redirect(body.next);
}

export async function GET(request: Request) {
  const target = new URL(request.url).searchParams.get('returnTo');
  if (!target) {
// ok: code/javascript/open-redirect
    return NextResponse.redirect(new URL('/home', 'https://app.example.com'));
  }
// ruleid: code/javascript/open-redirect
  redirect(target);
}
