-- identity/smallint_with_max: a smallint identity gains a maxvalue
create table codes (id smallint generated always as identity primary key, label text);
