-- A CRITICAL review's vote is a partners' decision now (process partner-decision, tables
-- partner_decision and partner_decision_vote), like every other decision the partners take;
-- the votes of earlier reviews stay in the decision register.
drop table review_vote;
