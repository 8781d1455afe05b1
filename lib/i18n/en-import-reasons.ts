/**
 * Why an import or a restore refused a file (lib/export/import-reason.ts), one sentence per reason code, in
 * English; the refusal's line puts it after the translated why. Kept apart from en.ts, which it joins.
 */
export const enImportReasons = {
  'log.importReason.fileTooLarge': 'This file is {size}, more than the {limit} CancelDesk accepts.',
  'log.importReason.jsonTooLarge': '{file} is {size}, more than the {limit} CancelDesk accepts for a JSON file',
  'log.importReason.notJson': '{file}, {path}: not valid JSON',
  'log.importReason.unreadable': '{file}, {path}: the file could not be read',
  'log.importReason.diskFull': 'The browser has no room left for CancelDesk data; nothing was saved.',
  'log.importReason.zipTooLarge': 'this ZIP is {size}, more than the {limit} CancelDesk accepts',
  'log.importReason.zipTooManyEntries': 'the ZIP holds more than the {max} files CancelDesk accepts',
  'log.importReason.zipTotalTooLarge': 'the ZIP unpacks to more than the {limit} CancelDesk accepts',
  'log.importReason.zipDamaged': '{entry}: not a readable ZIP',
  'log.importReason.zipSplit': 'the ZIP is split across several files',
  'log.importReason.zipBadName': '{entry}: not a file a CancelDesk case ZIP holds',
  'log.importReason.zipDuplicate': '{entry}: appears twice in the ZIP',
  'log.importReason.zipEncrypted': '{entry}: encrypted',
  'log.importReason.zipMethod': '{entry}: compressed with a method CancelDesk does not read ({method})',
  'log.importReason.zipZip64': '{entry}: larger than CancelDesk accepts (ZIP64)',
  'log.importReason.zipFolderContent': '{entry}: a folder with content',
  'log.importReason.zipEntryTooLarge': '{entry}: unpacked it is {size}, more than the {limit} CancelDesk accepts',
  'log.importReason.zipBomb':
    '{entry}: unpacks from {packed} to {unpacked}, more than {ratio} times its size (a ZIP bomb)',
  'log.importReason.zipStoredSize': '{entry}: its stored size and its size differ',
  'log.importReason.zipHeadersDiffer': '{entry}: its two headers name different files',
  'log.importReason.zipCutShort': '{entry}: cut short',
  'log.importReason.zipOutgrowsHeader': '{entry}: unpacks to more than the {declared} its header declares',
  'log.importReason.zipShortOfHeader': '{entry}: unpacks to {got}, less than the {declared} its header declares',
  'log.importReason.badValue': '{file}, {path}: not a value a CancelDesk case holds there',
  'log.importReason.cardNumber':
    '{file}, {path}: holds what looks like a full card number; CancelDesk never stores one',
  'log.importReason.chain.sequence': '{file}, {path}: events are missing or out of order',
  'log.importReason.chain.prev_hash':
    '{file}, {path}: this event does not follow the one before it (an event was removed, added or moved)',
  'log.importReason.chain.hash': '{file}, {path}: this event was changed after it was recorded',
  'log.importReason.chain.case_id': '{file}, {path}: this event belongs to another case',
  'log.importReason.chain.time': '{file}, {path}: this event is dated before the one it follows',
  'log.importReason.chain.truncated': '{file}, {path}: events are missing from the end',
  'log.importReason.chain.ledger': '{file}, {path}: the history does not end at the recorded head',
  'log.importReason.chain.head': '{file}, {path}: the event log does not end at the head the file records',
  'log.importReason.chain.state': '{file}, {path}: the case does not match its events',
  'log.importReason.chain.evidence': '{file}, {path}: evidence bytes do not match their checksum',
  'log.importReason.chain.missing_case': '{file}, {path}: there is no case',
  'log.importReason.replayFailed': '{file}, {path}: the events cannot be replayed into a case',
  'log.importReason.notAsEvents': '{file}, {path}: does not match what the events record',
  'log.importReason.rebuiltInvalid': '{file}, {path}: not valid as the events rebuild it',
  'log.importReason.evidenceMissing': '{file}: missing from the ZIP (evidence {evidence} of {caseFile})',
  'log.importReason.evidenceMismatch': '{file}: does not match the size and SHA-256 recorded in {caseFile}',
  'log.importReason.manifestMissing': '{file} is missing: this is not a CancelDesk case ZIP',
  'log.importReason.manifestInvalid': '{file}, {path}: not a value a case ZIP’s manifest holds there',
  'log.importReason.notListed': '{file}: not listed in manifest.json',
  'log.importReason.manifestHash': '{file}: does not match its SHA-256 in manifest.json',
  'log.importReason.listedMissing': '{file}: listed in manifest.json but missing from the ZIP',
  'log.importReason.noCase': 'the ZIP holds no case ({path})',
  'log.importReason.caseIdMismatch': '{file}, {path}: does not match the file name',
  'log.importReason.headRemoved': '{file}, {path}: records a case the ZIP does not hold ({removed} was removed)',
  'log.importReason.headMissing': '{file}, {path}: records no head for {caseFile}',
  'log.importReason.headMismatch': '{file}, {path}: do not end at the head manifest.json records for this case',
  'log.importReason.noEvents': 'Case {id} in the file has no events.',
  'log.importReason.olderHistory':
    'Case {order} ({id}) has {recorded} events in this browser’s ledger; the file holds only {held}, an older history.',
  'log.importReason.olderHistoryDeleted':
    'Case {order} ({id}) was deleted here on {deletedAt} with {recorded} events; the file holds only {held}, an older history.',
  'log.importReason.otherHistory':
    'Case {order} ({id}) has {recorded} events in this browser’s ledger; the file’s {held} events do not lead to event {recorded}.',
  'log.importReason.otherHistoryDeleted':
    'Case {order} ({id}) was deleted here on {deletedAt} with {recorded} events; the file’s {held} events do not lead to event {recorded}.',
  'log.importReason.orderClash':
    'Order {order} on {origin} is already case {stored}; the file’s case {id} is another one.',
  'log.importReason.fork':
    'Case {id} (order {order}) has a different history here than in the file from event {event} on.',
  'log.importReason.notInLedger':
    'Case {id} (order {order}) is not in this browser’s ledger; check it before importing over it.',
  'log.importReason.backupTooLarge': 'This backup is {size}, more than the {limit} CancelDesk accepts.',
  'log.importReason.notBackup': 'This file is not a CancelDesk backup.',
  'log.importReason.backupTable': 'This backup has a table CancelDesk does not know: {table}.',
  'log.importReason.backupNewer':
    'This backup comes from a newer CancelDesk (database version {version}); update the extension first.',
  'log.importReason.backupLoadsUrl': 'This backup holds a kind of value CancelDesk never writes ({kind}).',
  'log.importReason.backupUnreadable': 'This backup could not be read.',
  'log.importReason.rowNoteMismatches':
    'The backup’s {table} row {row} (id {id}) keeps notes that disagreed with their case’s events.',
  'log.importReason.rowTable':
    'The backup’s {table} row {row} (id {id}) belongs to a table CancelDesk does not restore.',
  'log.importReason.rowInvalid': 'The backup’s {table} row {row} (id {id}) is not valid at {path}.',
  'log.importReason.rowCardNumber':
    'The backup’s {table} row {row} (id {id}) holds what looks like a full card number at {path}; CancelDesk never stores one.',
  'log.importReason.backupLedgerInOldVersion':
    'This backup says it comes from version {version}, which had no ledger, yet it holds one.',
  'log.importReason.backupLedgerUnreadable': 'The backup’s ledger could not be read.',
  'log.importReason.ledger.truncated':
    'The backup does not match its own ledger. Case {which}: events the ledger recorded are missing ({recorded} recorded, {found} found).',
  'log.importReason.ledger.rewritten':
    'The backup does not match its own ledger. Case {which}: its history ends with another event than the recorded one ({recorded} recorded, {found} found).',
  'log.importReason.ledger.unrecorded_events':
    'The backup does not match its own ledger. Case {which}: it holds events the ledger never recorded ({recorded} recorded, {found} found).',
  'log.importReason.ledger.not_in_ledger':
    'The backup does not match its own ledger. Case {which}: the ledger never recorded it ({recorded} recorded, {found} found).',
  'log.importReason.ledger.deleted_without_trace':
    'The backup does not match its own ledger. Case {which}: it is gone, and the ledger recorded no deletion ({recorded} recorded, {found} found).',
  'log.importReason.ledger.deleted_but_present':
    'The backup does not match its own ledger. Case {which}: it is here, although the ledger recorded its deletion ({recorded} recorded, {found} found).',
  'log.importReason.backupOrphans': 'The backup holds records that belong to no case.',
} as const;
