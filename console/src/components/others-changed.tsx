import { Button } from 'react-aria-components';
import './others-changed.css';

/**
 * Someone else saved the record after the officer opened it, and the form now shows their changes
 * with the officer's: says so and, for each field both changed differently (where the officer's value
 * is still shown, and saving keeps it), offers theirs. An alert while such a choice is open, else a status.
 */
export function OthersChanged({
  summary,
  choicesIntro,
  choices,
  onTakeTheirs,
}: {
  summary: string;
  choicesIntro: string;
  /** One per field both changed: `label` names the button ("Use theirs: Greeting"). */
  choices: ReadonlyArray<{ id: string; label: string }>;
  onTakeTheirs: (id: string) => void;
}) {
  const open = choices.length > 0;
  return (
    <div className={open ? 'problem' : 'notice'} role={open ? 'alert' : 'status'}>
      <p>{summary}</p>
      {open ? (
        <>
          <p>{choicesIntro}</p>
          <ul className="others-changed-choices">
            {choices.map((choice) => (
              <li key={choice.id}>
                <Button className="button" onPress={() => onTakeTheirs(choice.id)}>
                  {choice.label}
                </Button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
