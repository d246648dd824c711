-- Objectives with KPIs: each agreement version's KPIs (baseline, target, minimum condition of
-- satisfaction), and each review's reading of them. A review keeps the terms it measured against,
-- so a later agreement that changes a target does not rewrite what an earlier review found.
create table agreement_kpi (
  agreement_id         bigint        not null references agreement_version (id),
  position             integer       not null,
  name                 varchar(200)  not null,
  measure              varchar(500)  not null,
  direction            varchar(10)   not null,
  baseline             double precision not null,
  target               double precision not null,
  minimum              double precision not null,
  primary key (agreement_id, position)
);

create table review_kpi (
  review_id            bigint        not null references review (id),
  position             integer       not null,
  name                 varchar(200)  not null,
  measure              varchar(500)  not null,
  direction            varchar(10)   not null,
  baseline             double precision not null,
  target               double precision not null,
  minimum              double precision not null,
  actual               double precision,
  -- when the manager recorded this period's values (the actual stays empty for a KPI not measured)
  recorded_at          timestamp with time zone,
  primary key (review_id, position)
);
