-- The portfolio is filtered, sorted and paged in the database (web/PortfolioRepository): indexes
-- for its filters (status exists since V1), its sort columns, the latest closed review of each
-- alliance, the open tasks per alliance (V10) and the latest decisions.
create index alliance_type_idx on alliance (alliance_type);
create index alliance_name_idx on alliance (name);
create index alliance_next_review_due_idx on alliance (next_review_due);
create index alliance_partner_members_idx on alliance_partner (alliance_reference, status, organisation_name);
create index review_latest_idx on review (alliance_reference, status, review_no);
create index review_gate_outcome_idx on review (gate_outcome);
create index decision_record_latest_idx on decision_record (decided_at, id);
create index agreement_commitment_agreement_idx on agreement_commitment (agreement_id, organisation_name);
