export async function GET(request: Request) {
  const name = new URL(request.url).searchParams.get('name') ?? '';
// ruleid: code/javascript/reflected-xss
  return new Response(`<h1>Hello ${name}</h1>`, { headers: { 'Content-Type': 'text/html' } });
}

export async function POST(request: Request) {
  const body = await request.json();
  // JSON bodies are not rendered as HTML.
// ok: code/javascript/reflected-xss
  return new Response(JSON.stringify({ echo: body.name }), { headers: { 'Content-Type': 'application/json' } });
}
