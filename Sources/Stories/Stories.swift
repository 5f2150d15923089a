// Stories groups articles and analyses them: reuse alignment, clustering, claims, corroboration,
// conflicts, timeline and a cited brief. See DESIGN.md §2; built by the stories issue.
