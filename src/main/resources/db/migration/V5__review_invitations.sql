-- Who a review asked: one row per partner organisation asked for its health assessment, so a
-- partner that did not answer is named (a silent partner), not only counted. Reviews opened
-- before this table existed keep their counts (partners_asked, partners_responded) only.
create table review_invitation (
  review_id            bigint        not null references review (id),
  organisation_id      varchar(64)   not null,
  primary key (review_id, organisation_id)
);
