export function Post({ body }) {
  return (
    <div>
// ruleid: code/javascript/dangerously-set-inner-html
      <div dangerouslySetInnerHTML={{ __html: body }} />
// ok: code/javascript/dangerously-set-inner-html
      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(body) }} />
    </div>
  );
}
