import { MOD_KEY } from '../../lib/shell.ts';
import './patients.css';

export function NoPatientSelected() {
  return (
    <section className="empty-state" aria-labelledby="empty-heading">
      <h1 id="empty-heading">No patient selected</h1>
      <p>Choose a patient from the list, or add a new one.</p>
      <ul className="shortcut-list">
        <li>
          <kbd>{MOD_KEY}N</kbd> adds a new patient
        </li>
        <li>
          <kbd>{MOD_KEY}F</kbd> searches by name or chart number
        </li>
      </ul>
    </section>
  );
}
