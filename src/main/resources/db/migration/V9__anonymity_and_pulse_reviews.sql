-- What an organisation says about itself is for the alliance's staff and for that organisation:
-- a candidate's "willing to join" and its reasons are confidential to the candidate. The column
-- names the one organisation, beside the staff, whose representatives may read the decision.
-- Decisions already recorded are matched to the candidate whose representative decided; one that
-- cannot be matched is kept for the staff alone ('-' is no organisation).
alter table decision_record add column confidential_to varchar(64);
update decision_record set confidential_to = coalesce(
    (select max(c.organisation_id) from candidate_assessment c
      where c.alliance_reference = decision_record.alliance_reference and c.assessed_by = decision_record.decided_by),
    '-')
  where stage = 'SELECTION' and subject = 'Willing to join';

-- A review asks every statement (FULL) or the pulse statements only, one per dimension (PULSE):
-- an agreement's review rhythm may alternate them. Reviews and agreements before are full ones.
alter table review add column review_format varchar(10) default 'FULL' not null;
alter table agreement_version add column review_rhythm varchar(12);
