import { EvidenceList } from './evidence-list';
import { NotesPanel } from './notes-panel';
import { StatusControl } from './status-control';
import { Timeline } from './timeline';

/** The open case's status, evidence, notes and history; the panel loads this module on first use. */
export default function CaseDetails() {
  return (
    <>
      <StatusControl />
      <EvidenceList />
      <NotesPanel />
      <Timeline />
    </>
  );
}
