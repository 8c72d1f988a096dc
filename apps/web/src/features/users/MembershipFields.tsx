import { MEMBERSHIP_ROLES, ROLE_LABELS } from '@anju/domain';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Form, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useLabel } from '../../shared/useLabel';
import { EstateSelect } from './EstateSelect';
import { type MembershipFormValue, scopeOf } from './memberships';
import { RegionOptionsQuery } from './users.graphql';

interface Props {
  /** Estate labels for memberships being edited. */
  knownEstates?: readonly { id: string; name: string }[];
}

/**
 * The memberships editor: a role per row and the scope that role takes (nothing for company-wide
 * roles, an optional region for HQ viewers, estates for estate roles).
 */
export function MembershipFields({ knownEstates }: Props) {
  const { t } = useTranslation();
  const label = useLabel();
  const [regions] = useQuery({ query: RegionOptionsQuery });
  const regionOptions = regions.data?.regions.map((r) => ({ value: r.id, label: r.name })) ?? [];

  return (
    <Form.List name="memberships">
      {(fields, { add, remove }, { errors }) => (
        <Flex vertical gap={8}>
          {fields.map((field) => (
            <div
              key={field.key}
              style={{
                border: '1px solid #eef0f4',
                borderRadius: 8,
                padding: '12px 12px 0',
                background: '#fafbfc',
              }}
            >
              <Row gutter={12} align="top">
                <Col xs={24} sm={9}>
                  <Form.Item
                    name={[field.name, 'role']}
                    label={t('users.fields.role')}
                    rules={[{ required: true, message: t('users.validation.roleRequired') }]}
                  >
                    <Select
                      options={MEMBERSHIP_ROLES.map((r) => ({ value: r, label: label(ROLE_LABELS[r]) }))}
                    />
                  </Form.Item>
                </Col>
                <Col xs={20} sm={13}>
                  <Form.Item noStyle dependencies={[['memberships', field.name, 'role']]}>
                    {({ getFieldValue }) => {
                      const role = getFieldValue([
                        'memberships',
                        field.name,
                        'role',
                      ]) as MembershipFormValue['role'];
                      const scope = scopeOf(role);
                      if (scope === 'ESTATES') {
                        return (
                          <Form.Item
                            name={[field.name, 'estateIds']}
                            label={t('users.fields.estates')}
                            required
                          >
                            <EstateSelect
                              known={knownEstates}
                              maxCount={role === 'COMMITTEE_MEMBER' ? 1 : undefined}
                            />
                          </Form.Item>
                        );
                      }
                      if (scope === 'REGION') {
                        return (
                          <Form.Item
                            name={[field.name, 'regionId']}
                            label={t('users.fields.region')}
                            extra={t('users.fields.regionHint')}
                          >
                            <Select
                              allowClear
                              options={regionOptions}
                              loading={regions.fetching}
                              placeholder={t('users.fields.scopeCompany')}
                            />
                          </Form.Item>
                        );
                      }
                      return (
                        <Form.Item label={t('users.fields.region')}>
                          <Typography.Text type="secondary">{t('users.fields.scopeCompany')}</Typography.Text>
                        </Form.Item>
                      );
                    }}
                  </Form.Item>
                </Col>
                <Col xs={4} sm={2}>
                  <Form.Item label=" " colon={false}>
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('users.fields.removeMembership')}
                      onClick={() => remove(field.name)}
                    />
                  </Form.Item>
                </Col>
              </Row>
            </div>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ role: 'ESTATE_STAFF', estateIds: [] })}
            block
          >
            {t('users.fields.addMembership')}
          </Button>
          <Form.ErrorList errors={errors} />
        </Flex>
      )}
    </Form.List>
  );
}
