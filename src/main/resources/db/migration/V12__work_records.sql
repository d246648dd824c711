-- What the record shows: every user task of an alliance that ended, kept by the work module when
-- its open work item goes: when it was asked and due, when it ended (completed, or cancelled with
-- its process), how often its people were reminded and it was escalated. The review module reads
-- it, with the reviews and improvement actions, as the process evidence beside the perceptions.
create table work_record (
  task_id              varchar(64)   not null primary key,
  alliance_reference   varchar(64),
  process_key          varchar(255)  not null,
  task_key             varchar(255)  not null,
  task_name            varchar(500)  not null,
  created_at           timestamp with time zone not null,
  due_at               timestamp with time zone,
  ended_at             timestamp with time zone not null,
  completed            boolean       not null,
  reminders_sent       integer       not null,
  escalations          integer       not null
);
create index work_record_alliance_idx on work_record (alliance_reference, ended_at);
