-- partition/default_on_one_partition: one partition gets a column default of its own that differs from its parent's
create table tasks (
    id bigint not null,
    queue text not null,
    priority integer not null default 5
) partition by list (queue);
create table tasks_urgent partition of tasks for values in ('urgent');
create table tasks_normal partition of tasks for values in ('normal');
insert into tasks (id, queue) values (1, 'urgent'), (2, 'normal');
