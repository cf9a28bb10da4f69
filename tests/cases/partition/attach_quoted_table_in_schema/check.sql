select (select count(*) from "Shard Data"."User Files") > 0
   and (select count(*) from "Shard Data"."User Files") = (select count(*) from "Shard Data"."User Files ""#1""")
   and (select count(*) from "Shard Data"."User Files" where "File Name" = 'f' || "Owner") = (select count(*) from "Shard Data"."User Files") as t;
