// A labelled drop-down: the one way the app asks the user to pick one of a few things.
import { useId } from 'react';

export interface SelectOption {
  value: string;
  label: string;
}

interface Props {
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange(value: string): void;
  /** An option with the value '' shown first ("None", "All kinds"). */
  empty?: string;
  /** 'field' puts the label above the list in a form; 'inline' wraps it, for filter bars. */
  layout?: 'field' | 'inline';
  className?: string;
  disabled?: boolean;
  describedBy?: string | undefined;
}

export function SelectField({ label, value, options, onChange, empty, layout = 'field', className = 'form-field', disabled, describedBy }: Props) {
  const id = useId();
  const select = (
    <select id={layout === 'field' ? id : undefined} value={value} disabled={disabled} aria-describedby={describedBy} onChange={(event) => onChange(event.target.value)}>
      {empty !== undefined && <option value="">{empty}</option>}
      {options.map((option, index) => (
        <option key={`${option.value}-${index}`} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
  if (layout === 'inline') {
    return (
      <label className={className === 'form-field' ? undefined : className}>
        {label}
        {select}
      </label>
    );
  }
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      {select}
    </div>
  );
}
