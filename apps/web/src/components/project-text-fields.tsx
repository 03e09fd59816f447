import { Field, inputClass } from './ui/field.tsx';

/** A project's name and description, as creating and editing one both ask for them. */
export function ProjectTextFields(props: {
  name: string;
  description: string;
  onName(name: string): void;
  onDescription(description: string): void;
  fields: Record<string, string[] | undefined>;
}) {
  return (
    <>
      <Field label="Name" errors={props.fields.name}>
        {(control) => (
          <input
            {...control}
            className={inputClass}
            value={props.name}
            onChange={(event) => props.onName(event.target.value)}
          />
        )}
      </Field>
      <Field label="Description" errors={props.fields.description}>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            className={inputClass}
            value={props.description}
            onChange={(event) => props.onDescription(event.target.value)}
          />
        )}
      </Field>
    </>
  );
}
