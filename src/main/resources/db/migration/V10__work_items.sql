-- Open work: one row per open user task of every process, kept by the work module's task
-- listeners (created, assigned, completed, deleted) and by its chasing (reminders, escalations).
-- A row goes when its task ends; rows of tasks removed behind the product's back are swept.
create table work_item (
  task_id              varchar(64)   not null primary key,
  alliance_reference   varchar(64),
  process_key          varchar(255)  not null,
  process_instance_id  varchar(64)   not null,
  task_key             varchar(255)  not null,
  task_name            varchar(500)  not null,
  assignee             varchar(255),
  created_at           timestamp with time zone not null,
  due_at               timestamp with time zone,
  reminders_sent       integer       not null default 0,
  last_reminded_at     timestamp with time zone,
  escalations          integer       not null default 0,
  escalated_at         timestamp with time zone
);
create index work_item_alliance_idx on work_item (alliance_reference, due_at);
create index work_item_assignee_idx on work_item (assignee);

-- the groups an open task waits for (its candidate groups): a partner organisation, the managers, ...
create table work_item_group (
  task_id              varchar(64)   not null references work_item (task_id) on delete cascade,
  group_id             varchar(255)  not null,
  primary key (task_id, group_id)
);
create index work_item_group_idx on work_item_group (group_id, task_id);
