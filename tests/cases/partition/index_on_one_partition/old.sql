-- partition/index_on_one_partition: an index is added to one partition only, and a unique constraint to another
create table messages (
    id bigint not null,
    folder text not null,
    subject text,
    sent_at timestamp
) partition by list (folder);
create table messages_inbox partition of messages for values in ('inbox');
create table messages_sent partition of messages for values in ('sent');
insert into messages values (1, 'inbox', 'hi', '2026-01-01 10:00:00'), (2, 'sent', 're: hi', '2026-01-01 11:00:00');
