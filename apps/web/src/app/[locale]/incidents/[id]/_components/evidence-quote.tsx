/** The sentence an outlet's report rests on, with the trigger word marked. */
export function EvidenceQuote({ text, trigger }: { text: string; trigger: string }) {
  const at = trigger ? text.indexOf(trigger) : -1;
  return (
    <blockquote lang="ar" dir="rtl" className="evidence">
      {at === -1 ? (
        text
      ) : (
        <>
          {text.slice(0, at)}
          <mark>{trigger}</mark>
          {text.slice(at + trigger.length)}
        </>
      )}
    </blockquote>
  );
}
