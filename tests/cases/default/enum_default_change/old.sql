-- default/enum_default_change: an enum column's default changes label
create type status as enum ('draft', 'sent');
create table docs (id integer primary key, status status not null default 'draft');
