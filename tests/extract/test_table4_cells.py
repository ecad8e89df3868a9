"""Table 4 read loosely (gdrkit.extract.table4_cells): the section's fifteen cells in the
template's order where no layout matched, and a header with no cell under it."""

from __future__ import annotations

import pytest
from _passages import read

H = '四、政府信息公开行政复议、行政诉讼情况\n'
NEXT = '\n五、存在的主要问题及改进情况\n无。'


@pytest.mark.parametrize("raw, figures", [
    pytest.param(H + '复议：维持  纠正  其他  未审结  总计\n1  0  0  0  1\n直接起诉：维持  纠正  其他  未审结  总计\n'
                 '0  0  0  1  1\n复议后起诉：维持  纠正  其他  未审结  总计\n0  0  0  0  0' + NEXT,
                 ['lawsuits 1', 'reconsiderations 1'], id='a-header-line-per-group-then-its-cells'),
    pytest.param(H + '行政复议（维持/纠正/其他/未审结/总计）：2 1 0 0 3\n行政诉讼-未经复议直接起诉（维持/纠正/其他/未审结/总计）：'
                 '0 0 0 0 0\n行政诉讼-复议后起诉（维持/纠正/其他/未审结/总计）：1 0 0 0 1' + NEXT,
                 ['lawsuits 1', 'reconsiderations 3'], id='slash-separated-results-in-brackets'),
    pytest.param(H + '行政复议 行政诉讼 结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉 结果维持 结果纠正 '
                 '其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计 O O O O O O O O O O O O O O O' + NEXT,
                 ['lawsuits 0', 'reconsiderations 0'], id='header-and-row-on-one-line-letter-o-for-zero'),
    pytest.param(H + '行政复议\t\t\t\t\t行政诉讼\n\t\t\t\t\t未经复议直接起诉\t\t\t\t\t复议后起诉\n'
                 + '\t'.join(['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] * 3) + '\n' + '\t' * 14 + NEXT,
                 ['lawsuits 0 (blank in table)', 'reconsiderations 0 (blank in table)'], id='a-table-left-blank'),
    pytest.param(H + '本年度因政府信息公开被申请行政复议2件。\n结果维持 结果纠正 其他结果 尚未审结 总计' + NEXT,
                 ['reconsiderations 2'], id='a-count-in-words-is-no-blank-table'),
    pytest.param(H + '复议后起诉：维持 纠正 其他 未审结 总计\n0 0 0 0 0\n直接起诉：维持 纠正 其他 未审结 总计\n0 0 0 1 1\n'
                 '复议：维持 纠正 其他 未审结 总计\n1 0 0 0 1' + NEXT,
                 [], id='groups-in-another-order-are-not-read-by-position'),
    pytest.param(H + '复议：维持  纠正  其他  未审结  总计\n1  0  0  0  2\n直接起诉：维持  纠正  其他  未审结  总计\n'
                 '0  0  0  1  1\n复议后起诉：维持  纠正  其他  未审结  总计\n0  0  0  0  0' + NEXT,
                 [], id='a-total-that-is-not-the-sum-of-its-four'),
])
def test_loose_table4(raw, figures):
    assert read(raw, 2022)[1] == figures
