-- The term of an agreement version: the day it ends (none: it runs until the partners end it) and
-- the notice before that day by which the leadership team decides whether to renew it.
alter table agreement_version add column valid_until date;
alter table agreement_version add column notice_period varchar(20);
