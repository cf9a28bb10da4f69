-- exclusion/collation_and_ordering: btree exclusion constraints whose elements carry a collation, an operator class and DESC NULLS LAST are added
create table labels (
    id integer primary key,
    name text,
    code text,
    constraint labels_name_excl exclude using btree (name collate "C" desc nulls last with =),
    constraint labels_code_excl exclude using btree (upper(code) collate "C" text_pattern_ops with =)
);
