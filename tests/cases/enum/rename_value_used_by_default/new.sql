-- enum/rename_value_used_by_default: a default holding a renamed label follows the rename
create type status as enum ('pending', 'sent');
create table docs (id integer, status status not null default 'pending');
