//! Korean rules: [`money`], [`jobs`] and [`year`], one file per kind.

pub mod jobs;
pub mod money;
pub mod year;

use newsfacts_record::Kind;

use crate::{Context, Mention};

/// The Korean rule set.
pub struct Korean;

impl super::Rules for Korean {
    fn find(&self, kind: Kind, sentence: &str, ctx: &Context, out: &mut Vec<Mention>) {
        match kind {
            Kind::Money => money::find(sentence, ctx, out),
            Kind::Jobs => jobs::find(sentence, ctx, out),
            Kind::Year => year::find(sentence, ctx, out),
        }
    }

    fn samples(&self) -> &'static [&'static str] {
        &[
            "경기도는 2026년까지 5조3800억원을 투자해 일자리 658개를 만들고, 직원 1200명을 신규 채용한다고 밝혔다.",
            "올해 매출은 1.3조 원으로 지난해보다 12% 늘었으며, 내년에는 2천억원 규모의 설비 투자를 추진한다.",
            "이번 사업으로 약 3만여 명의 고용 창출 효과가 기대되며, 2025~2027년 3년간 1억 2,000만 달러가 투입된다.",
            "현대차 직원 수는 7만명이며, 노조원 500명이 파업에 참여했고 협력사 30곳이 참가했다.",
        ]
    }
}
