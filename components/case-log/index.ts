export { Timeline } from './timeline';
export { NotesPanel } from './notes-panel';
export { StatusControl } from './status-control';
export { EvidenceList } from './evidence-list';
export { ExportMenu } from './export-menu';
export { CaseFilters, type CaseFiltersProps } from './case-filters';
export { useCaseSearch, searchCases, toCaseFilter, type CaseFilterForm } from '../../lib/store/use-case-search';
export { attachedKinds, useAttachedKinds } from '../../lib/store/attached-kinds';
