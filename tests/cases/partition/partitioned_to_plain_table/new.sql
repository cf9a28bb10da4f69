-- partition/partitioned_to_plain_table: a list-partitioned table holding rows becomes a plain table, which recreates it without its partitions
create table labels (
    id integer not null,
    lang text not null,
    text text not null,
    unique (id, lang)
);
