-- owner/enum_owner_changed: an enum type is given to a role (its array type follows); the table using it stays with postgres
create type mood as enum ('sad', 'ok', 'happy');
create table diary (day date primary key, feeling mood not null);
