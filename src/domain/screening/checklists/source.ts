/** Where the screening checklists come from: stated the same way on every checklist. */
export const CHECKLIST_SOURCE = "common trial exclusion criteria; for the clinic's medical lead to review";
