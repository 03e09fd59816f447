import { useId, useState } from 'react';
import { Button } from './button.tsx';
import { inputClass } from './field.tsx';

/**
 * A secret the server shows only once (an API token, a webhook signing secret): readable, selectable
 * and copyable until the person says they have it, because nothing can show it again.
 */
export function SecretOnce({ what, secret, onDone }: { what: string; secret: string; onDone(): void }) {
  const titleId = useId();
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const copySecret = async () => {
    try {
      // navigator.clipboard is missing outside secure contexts (plain http): the catch covers that too.
      await navigator.clipboard.writeText(secret);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };
  return (
    <section aria-labelledby={titleId} className="flex flex-col gap-2 rounded border border-amber-400 bg-amber-50 p-3">
      <h3 id={titleId} className="text-sm font-semibold text-slate-900">
        Your new {what}
      </h3>
      <p className="text-sm text-slate-800">Copy it now: it is shown only this once and cannot be retrieved later.</p>
      <div className="flex gap-2">
        <input
          readOnly
          aria-label={`New ${what}`}
          value={secret}
          onFocus={(event) => event.currentTarget.select()}
          className={`${inputClass} flex-1 font-mono`}
        />
        <Button variant="primary" onClick={copySecret}>
          Copy {what}
        </Button>
      </div>
      <p role="status" aria-live="polite" className="text-sm text-slate-800">
        {copy === 'copied' && 'Copied to the clipboard.'}
        {copy === 'failed' && 'The browser did not allow copying: select the text above and copy it yourself.'}
      </p>
      <div>
        <Button onClick={onDone}>I have stored it, hide it</Button>
      </div>
    </section>
  );
}
