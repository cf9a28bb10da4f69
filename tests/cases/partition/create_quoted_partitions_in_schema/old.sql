-- partition/create_quoted_partitions_in_schema: a partitioned table and partitions whose names need quoting are created in a schema whose name needs quoting
create schema "Billing Dept";
