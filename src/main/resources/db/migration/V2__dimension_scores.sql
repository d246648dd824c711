-- The alliance's score per success dimension, one row per dimension (the health model is data:
-- its dimensions come from the health assessment form), instead of one column per dimension.
create table review_dimension_score (
  review_id            bigint        not null references review (id),
  dimension            varchar(30)   not null,
  score                double precision not null,
  primary key (review_id, dimension)
);

insert into review_dimension_score (review_id, dimension, score)
  select id, 'trust', trust_score from review where trust_score is not null;
insert into review_dimension_score (review_id, dimension, score)
  select id, 'decisionMaking', decision_making_score from review where decision_making_score is not null;
insert into review_dimension_score (review_id, dimension, score)
  select id, 'managementCapability', management_capability_score from review where management_capability_score is not null;
insert into review_dimension_score (review_id, dimension, score)
  select id, 'flexibility', flexibility_score from review where flexibility_score is not null;

alter table review drop column trust_score;
alter table review drop column decision_making_score;
alter table review drop column management_capability_score;
alter table review drop column flexibility_score;

-- a statement answered "don't know" is stored without a score
alter table review_answer alter column score drop not null;
