export { Timeline } from './timeline';
export { NotesPanel } from './notes-panel';
export { StatusControl } from './status-control';
export { EvidenceList } from './evidence-list';
export { ExportMenu } from './export-menu';
export { CaseFilters, type CaseFiltersProps } from './case-filters';
