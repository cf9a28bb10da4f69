-- sequence/owned_sequence_survives_table_drop: a sequence owned by a dropped table's column is kept unowned
create sequence doc_no;
