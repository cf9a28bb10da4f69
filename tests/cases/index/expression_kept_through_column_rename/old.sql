-- index/expression_kept_through_column_rename: a column an expression index reads is renamed; the index is kept
create table t (id integer primary key, mail text, domain text);
create index t_lower_mail_idx on t (lower(mail), (mail || '@' || domain) text_pattern_ops);
create index t_mail_desc_idx on t (mail collate "C" desc nulls last);
