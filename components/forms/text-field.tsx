import type { InputHTMLAttributes } from "react";
import { describedBy, FieldErrors, hintClass, inputClass, labelClass } from "./form-feedback";

type TextFieldProps = {
  id: string;
  name: string;
  label: string;
  errors?: readonly string[];
  hint?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name">;

/** A labelled input with its hint and errors wired up for screen readers. */
export function TextField({ id, name, label, errors, hint, className, ...input }: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClass}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className={hintClass}>
          {hint}
        </p>
      )}
      <input id={id} name={name} className={inputClass} {...describedBy(id, errors, hintId)} {...input} />
      <FieldErrors id={`${id}-errors`} errors={errors} />
    </div>
  );
}
