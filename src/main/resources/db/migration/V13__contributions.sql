-- Commitment against expectation: at each review the manager records what each partner delivered
-- (its share of the alliance's work, and in words: staff, money, services, as the agreement names
-- them) beside the share of involvement the agreement in force expected of it.
create table review_contribution (
  review_id            bigint        not null references review (id),
  position             integer       not null,
  organisation_id      varchar(64)   not null,
  organisation_name    varchar(200)  not null,
  expected_share       double precision not null,
  delivered_share      double precision,
  delivered            varchar(1000),
  primary key (review_id, position)
);
