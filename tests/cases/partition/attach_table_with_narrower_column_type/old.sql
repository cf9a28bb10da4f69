-- partition/attach_table_with_narrower_column_type: a plain table whose column is varchar(20) where the parent has text becomes a partition after its type changes
create table tags (
    id integer not null,
    scope text not null,
    label text not null
) partition by list (scope);
create table tags_user partition of tags for values in ('user');
create table tags_team (
    id integer not null,
    scope text not null,
    label varchar(20) not null
);
insert into tags_team values (1, 'team', 'backend'), (2, 'team', 'ops');
