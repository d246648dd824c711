-- An alliance's own leadership team, set at agreement: one senior member per partner organisation
-- (a user of that organisation) and optionally an independent chair. The team of the version in
-- force approves the next versions, makes final calls on deadlock and decides on renewal; it is also
-- a Camunda group (type alliance-leadership-team) so its tasks reach its members in Tasklist.
create table leadership_member (
  agreement_id         bigint        not null references agreement_version (id),
  user_id              varchar(100)  not null,
  organisation_id      varchar(64),
  chair                boolean       not null,
  primary key (agreement_id, user_id)
);
