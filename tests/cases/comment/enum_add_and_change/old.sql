-- comment/enum_add_and_change: one enum gains a comment, another's changes
create type a as enum ('x');
create type b as enum ('y');
comment on type b is 'old';
