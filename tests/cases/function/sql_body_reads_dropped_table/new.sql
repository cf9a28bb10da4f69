-- function/sql_body_reads_dropped_table: a string-bodied SQL function and the table it reads are dropped together
create table keep (id integer);
