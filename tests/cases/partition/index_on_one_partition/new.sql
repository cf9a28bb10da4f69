-- partition/index_on_one_partition: an index is added to one partition only, and a unique constraint to another
create table messages (
    id bigint not null,
    folder text not null,
    subject text,
    sent_at timestamp
) partition by list (folder);
create table messages_inbox partition of messages for values in ('inbox');
create index messages_inbox_subject on messages_inbox (lower(subject));
create table messages_sent partition of messages for values in ('sent');
alter table messages_sent add constraint messages_sent_id_key unique (id);
