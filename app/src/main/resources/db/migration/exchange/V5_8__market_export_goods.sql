-- exchange: market regulation sees the goods exporters trade too (HS code and name per seller), no prices
insert into sharing_policy (department, dataset, fields, masking, purpose, valid_from) values
 ('MARKET', 'export-lines', 'invtNo,sellerCode,ebpCode,exportDate,gnum,gcode,itemName,unit,qty', '',
  '市场监管：出口经营主体与商品质量安全监测', timestamp with time zone '2026-01-01 00:00:00+08');
