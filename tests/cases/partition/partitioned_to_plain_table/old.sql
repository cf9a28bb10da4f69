-- partition/partitioned_to_plain_table: a list-partitioned table holding rows becomes a plain table, which recreates it without its partitions
create table labels (
    id integer not null,
    lang text not null,
    text text not null,
    unique (id, lang)
) partition by list (lang);
create table labels_en partition of labels for values in ('en');
create table labels_de partition of labels for values in ('de');
insert into labels values (1, 'en', 'Save'), (1, 'de', 'Speichern');
