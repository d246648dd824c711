-- The portfolio's standing: one row per alliance with every key the portfolio filters and sorts by
-- (its latest closed review's figures, its overdue work, its stage and next review), kept by the
-- web module's PortfolioStanding in the transactions that change them and brought up to the clock
-- by its sweep. One index per sort column, in that column's order, so that a page of the portfolio
-- reads its rows from an index and stops: its cost is the page, not the portfolio. Each index is in
-- the order PortfolioQuery.Column asks for (keys ascending with empty values last, then name and
-- reference), so that H2 and PostgreSQL read it as it is; descending orders read it backwards.
create table portfolio_standing (
  reference        varchar(20)   not null primary key references alliance (reference),
  name_key         varchar(200)  not null,
  alliance_type    varchar(30)   not null,
  status           varchar(30)   not null,
  next_due         timestamp with time zone,
  gate_outcome     varchar(20),
  severity         integer       not null,
  overall_score    double precision,
  trend            double precision,
  perception_gap   double precision,
  review_no        integer,
  closed_at        timestamp with time zone,
  overdue_tasks    integer       not null
);
create index portfolio_attention_idx on portfolio_standing
  (severity desc nulls first, overdue_tasks desc nulls first, overall_score asc nulls last, name_key, reference);
create index portfolio_name_idx on portfolio_standing (name_key asc nulls last, reference);
create index portfolio_type_idx on portfolio_standing (alliance_type asc nulls last, name_key, reference);
create index portfolio_status_idx on portfolio_standing (status asc nulls last, name_key, reference);
create index portfolio_outcome_idx on portfolio_standing (severity asc nulls last, name_key, reference);
create index portfolio_score_idx on portfolio_standing (overall_score asc nulls last, name_key, reference);
create index portfolio_trend_idx on portfolio_standing (trend asc nulls last, name_key, reference);
create index portfolio_gap_idx on portfolio_standing (perception_gap asc nulls last, name_key, reference);
create index portfolio_due_idx on portfolio_standing (next_due asc nulls last, name_key, reference);
create index portfolio_overdue_idx on portfolio_standing (overdue_tasks asc nulls last, name_key, reference);

-- the standing of the alliances there are (the same statement as PortfolioStanding's refresh)
insert into portfolio_standing (reference, name_key, alliance_type, status, next_due, gate_outcome, severity,
  overall_score, trend, perception_gap, review_no, closed_at, overdue_tasks)
select a.reference, lower(a.name), a.alliance_type, a.status,
  case when a.status = 'UNDER_REVIEW' then null else a.next_review_due end,
  r.gate_outcome,
  case r.gate_outcome when 'HEALTHY' then 1 when 'WATCH' then 2 when 'AT_RISK' then 3 when 'CRITICAL' then 4 else 0 end,
  r.overall_score, r.trend, r.perception_gap, r.review_no, r.closed_at,
  (select count(*) from work_item w where w.alliance_reference = a.reference and w.due_at < current_timestamp)
from alliance a
left join review r on r.alliance_reference = a.reference and r.status = 'CLOSED'
  and r.review_no = (select max(l.review_no) from review l where l.alliance_reference = a.reference and l.status = 'CLOSED');
