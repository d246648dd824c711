-- The dispute ladder of a partners' decision on deadlock: when the leadership team does not make
-- the final call by its deadline, each partner's chief executive answers for the organisation;
-- when they do not agree, an independent facilitator recommends. One answer per organisation.
create table partner_decision_ceo_answer (
  decision_id          bigint        not null references partner_decision (id),
  organisation_id      varchar(64)   not null,
  answer               varchar(40)   not null,
  rationale            varchar(4000) not null,
  answered_by          varchar(100),
  answered_at          timestamp with time zone not null,
  primary key (decision_id, organisation_id)
);
