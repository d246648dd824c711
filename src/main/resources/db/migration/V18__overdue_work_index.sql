-- the portfolio's headline counts the overdue work of every alliance: only the overdue work items are read
create index work_item_due_idx on work_item (due_at);
