// The options page's form controls: a set of radio choices and an editable list of sites.
import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { normaliseSiteInput } from '../../settings/sites';

export function toggled<T>(list: readonly T[], item: T, present: boolean): T[] {
  const rest = list.filter((x) => x !== item);
  return present ? [...rest, item] : rest;
}

interface ChoiceProps<T extends string> {
  legend: string;
  name: string;
  value: T;
  options: [T, ComponentChildren][];
  onChange(value: T): void;
}

export function Choice<T extends string>({ legend, name, value, options, onChange }: ChoiceProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map(([v, label]) => (
        <label class="check" key={v}>
          <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

interface SiteListProps {
  id: string;
  title: string;
  sites: string[];
  onChange(sites: string[]): Promise<void>;
}

export function SiteList({ id, title, sites, onChange }: SiteListProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const add = (ev: Event) => {
    ev.preventDefault();
    const site = normaliseSiteInput(text);
    if (!site) {
      setError(text.trim() ? `"${text.trim()}" is not a site name. Type a name such as bbc.co.uk.` : 'Type a site name, such as bbc.co.uk.');
      return;
    }
    setError('');
    setText('');
    if (!sites.includes(site)) void onChange([...sites, site].sort());
  };
  return (
    <div class="sites" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{title}</h3>
      {sites.length ? (
        <ul aria-labelledby={`${id}-title`}>
          {sites.map((s) => (
            <li key={s}>
              <span>{s}</span>
              <button type="button" aria-label={`Remove ${s}`} onClick={() => void onChange(sites.filter((x) => x !== s))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="hint">None.</p>
      )}
      <form class="row" onSubmit={add}>
        <label for={`${id}-add`}>Add a site</label>
        <input
          id={`${id}-add`}
          type="text"
          value={text}
          placeholder="bbc.co.uk"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <button type="submit">Add</button>
      </form>
      {error && (
        <p id={`${id}-error`} class="notice error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
